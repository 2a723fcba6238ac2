variable "log_configs" {
  type = list(any)
}

resource "google_compute_subnetwork" "apps" {
  name          = "apps"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.10.0.0/20"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

# Whether logging is on is decided by a variable: no finding.
resource "google_compute_subnetwork" "from_var" {
  name          = "data"
  region        = "europe-west1"
  network       = "main"
  ip_cidr_range = "10.20.0.0/20"

  dynamic "log_config" {
    for_each = var.log_configs
    content {
      flow_sampling = log_config.value.flow_sampling
    }
  }
}
