variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

# Set in terraform.tfvars.
variable "azs" {
  type = list(string)
}

variable "private_cidrs" {
  type = list(string)
}
