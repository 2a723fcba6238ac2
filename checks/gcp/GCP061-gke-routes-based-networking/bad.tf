resource "google_container_cluster" "routes" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1
  networking_mode    = "ROUTES" # expect: GCP061
}
