variable "algorithm" {
  type = string
}

resource "google_dns_managed_zone" "modern" {
  name     = "acme"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "ecdsap256sha256"
      key_length = 256
      key_type   = "keySigning"
    }

    # Unknown here: no finding.
    default_key_specs {
      algorithm  = var.algorithm
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
