module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

module "endpoints" {
  source  = "app.terraform.io/acme/vpc/aws//modules/endpoints"
  version = "~> 5.8"
}

# Not registry addresses.
module "local" {
  source = "./modules/local"
}

module "network" {
  source = "git::https://example.com/platform/network.git?ref=v1.8.0"
}
