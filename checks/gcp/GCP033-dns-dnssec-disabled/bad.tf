resource "google_dns_managed_zone" "unsigned" { # expect: GCP033
  name     = "acme"
  dns_name = "acme.example."
}

resource "google_dns_managed_zone" "off" {
  name     = "shop"
  dns_name = "shop.acme.example."

  dnssec_config {
    state = "off" # expect: GCP033
  }
}
