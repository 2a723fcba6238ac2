resource "google_dns_managed_zone" "legacy" {
  name     = "acme"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1" # expect: GCP034
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
