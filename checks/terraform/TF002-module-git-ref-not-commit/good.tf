module "network" {
  source = "git::https://example.com/platform/network.git?ref=3f2c1e9d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d"
}

module "dns" {
  source = "github.com/acme/terraform-dns//modules/zone?ref=3f2c1e9"
}

# No ref at all is TF001's finding.
module "logging" {
  source = "git::https://example.com/platform/logging.git"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}
