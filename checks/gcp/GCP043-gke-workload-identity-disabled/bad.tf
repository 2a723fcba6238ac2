resource "google_container_cluster" "no_wi" { # expect: GCP043
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}
