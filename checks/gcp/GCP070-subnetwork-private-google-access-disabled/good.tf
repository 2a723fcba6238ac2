variable "pga" {
  type = bool
}

resource "google_compute_subnetwork" "apps" {
  name                     = "apps"
  region                   = "europe-west1"
  network                  = "main"
  ip_cidr_range            = "10.10.0.0/20"
  private_ip_google_access = true
}

# A proxy-only subnetwork hosts no VMs.
resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

# Unknown here: no finding.
resource "google_compute_subnetwork" "from_var" {
  name                     = "data"
  region                   = "europe-west1"
  network                  = "main"
  ip_cidr_range            = "10.20.0.0/20"
  private_ip_google_access = var.pga
}
