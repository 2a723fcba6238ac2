module "vpc" {  # expect: TF003
  source = "terraform-aws-modules/vpc/aws"
}

module "endpoints" {  # expect: TF003
  source = "app.terraform.io/acme/vpc/aws//modules/endpoints"
}
