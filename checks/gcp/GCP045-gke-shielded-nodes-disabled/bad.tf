resource "google_container_cluster" "unshielded" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
  enable_shielded_nodes = false # expect: GCP045
}
