resource "google_container_cluster" "open" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # expect: GCP040
      display_name = "anywhere"
    }
  }
}
