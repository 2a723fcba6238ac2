variable "nat_logging" {
  type = bool
}

resource "google_compute_router_nat" "egress" {
  name                               = "egress"
  router                             = "egress-router"
  region                             = "europe-west1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"

  log_config {
    enable = true
    filter = "ALL"
  }
}

# Unknown here: no finding.
resource "google_compute_router_nat" "from_var" {
  name                               = "other"
  router                             = "egress-router"
  region                             = "europe-west1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"

  log_config {
    enable = var.nat_logging
    filter = "ALL"
  }
}
