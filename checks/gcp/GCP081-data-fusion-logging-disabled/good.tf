variable "logging" {
  type = bool
}

resource "google_data_fusion_instance" "etl" {
  name                       = "etl"
  region                     = "europe-west1"
  type                       = "BASIC"
  enable_stackdriver_logging = true
}

# Unknown here: no finding.
resource "google_data_fusion_instance" "from_var" {
  name                       = "reports"
  region                     = "europe-west1"
  type                       = "BASIC"
  enable_stackdriver_logging = var.logging
}
