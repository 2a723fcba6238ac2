resource "google_container_cluster" "public" { # expect: GCP086
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = "203.0.113.0/24"
    }
  }
}

resource "google_container_cluster" "private_nodes_only" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false # expect: GCP086
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}
