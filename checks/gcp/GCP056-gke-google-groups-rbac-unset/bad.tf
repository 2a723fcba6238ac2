resource "google_container_cluster" "default" { # expect: GCP056
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}
