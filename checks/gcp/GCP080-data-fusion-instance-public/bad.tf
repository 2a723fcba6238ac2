resource "google_data_fusion_instance" "etl" { # expect: GCP080
  name   = "etl"
  region = "europe-west1"
  type   = "BASIC"
}
