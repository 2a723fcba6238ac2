module "network" {
  source = "git::https://example.com/platform/network.git"  # expect: TF001
}

module "dns" {
  source = "github.com/acme/terraform-dns//modules/zone"  # expect: TF001
}

module "logging" {
  source = "git@github.com:acme/terraform-logging.git?ref=main"  # expect: TF001
}
