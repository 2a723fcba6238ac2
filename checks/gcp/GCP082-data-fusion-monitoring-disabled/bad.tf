resource "google_data_fusion_instance" "etl" { # expect: GCP082
  name             = "etl"
  region           = "europe-west1"
  type             = "BASIC"
  private_instance = true
}

resource "google_data_fusion_instance" "reports" {
  name                          = "reports"
  region                        = "europe-west1"
  type                          = "BASIC"
  enable_stackdriver_monitoring = false # expect: GCP082
}
