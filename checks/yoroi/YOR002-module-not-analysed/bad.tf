module "vpc" {
  source  = "terraform-aws-modules/vpc/aws" # expect: YOR002
  version = "5.13.0"
  name    = "main"
}
