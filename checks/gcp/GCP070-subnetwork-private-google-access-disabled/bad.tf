resource "google_compute_subnetwork" "apps" { # expect: GCP070
  name          = "apps"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.10.0.0/20"
}

resource "google_compute_subnetwork" "data" {
  name                     = "data"
  region                   = "europe-west1"
  network                  = "main"
  ip_cidr_range            = "10.20.0.0/20"
  purpose                  = "PRIVATE"
  private_ip_google_access = false # expect: GCP070
}
