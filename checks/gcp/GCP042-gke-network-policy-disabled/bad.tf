resource "google_container_cluster" "flat" { # expect: GCP042
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}
