module "network" {
  source = "git::https://example.com/platform/network.git?ref=v1.8.0"  # expect: TF002
}

module "dns" {
  source = "github.com/acme/terraform-dns//modules/zone?depth=1&ref=release-2024"  # expect: TF002
}
