variable "dnssec_state" {
  type = string
}

resource "google_dns_managed_zone" "signed" {
  name     = "acme"
  dns_name = "acme.example."

  dnssec_config {
    state = "on"
  }
}

resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.acme.example."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/acme-prod/global/networks/main"
    }
  }
}

# Unknown here: no finding.
resource "google_dns_managed_zone" "from_var" {
  name     = "shop"
  dns_name = "shop.acme.example."

  dnssec_config {
    state = var.dnssec_state
  }
}
