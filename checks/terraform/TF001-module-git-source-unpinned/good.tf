module "network" {
  source = "git::https://example.com/platform/network.git?ref=3f2c1e9d8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d"
}

# A release tag pins a revision too (TF002 asks for a commit).
module "dns" {
  source = "github.com/acme/terraform-dns//modules/zone?ref=v2.4.1"
}

# Local and registry modules are pinned otherwise.
module "local" {
  source = "./modules/local"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}
