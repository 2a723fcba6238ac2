resource "google_compute_router_nat" "egress" { # expect: GCP088
  name                               = "egress"
  router                             = "egress-router"
  region                             = "europe-west1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

resource "google_compute_router_nat" "disabled" {
  name                               = "disabled"
  router                             = "egress-router"
  region                             = "europe-west1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"

  log_config {
    enable = false # expect: GCP088
    filter = "ERRORS_ONLY"
  }
}
