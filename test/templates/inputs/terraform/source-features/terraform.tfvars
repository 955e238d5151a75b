azs           = ["eu-west-1a", "eu-west-1b"]
private_cidrs = ["10.20.1.0/24", "10.20.2.0/24"]
