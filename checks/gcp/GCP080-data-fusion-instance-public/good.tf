variable "private" {
  type = bool
}

resource "google_data_fusion_instance" "etl" {
  name                          = "etl"
  region                        = "europe-west1"
  type                          = "BASIC"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = true

  network_config {
    network       = "default"
    ip_allocation = "10.89.48.0/22"
  }
}

# Unknown here: no finding.
resource "google_data_fusion_instance" "from_var" {
  name             = "reports"
  region           = "europe-west1"
  type             = "BASIC"
  private_instance = var.private
}
