resource "google_container_cluster" "dark" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service = "none" # expect: GCP049
}
