variable "vpc_id" {
  type = string
}

resource "aws_subnet" "b" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}

output "subnet_id" {
  value = aws_subnet.b.id
}
