resource "google_compute_subnetwork" "apps" { # expect: GCP035
  name          = "apps"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.10.0.0/20"
}
