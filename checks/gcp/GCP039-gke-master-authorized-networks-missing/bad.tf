resource "google_container_cluster" "open" { # expect: GCP039
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}
