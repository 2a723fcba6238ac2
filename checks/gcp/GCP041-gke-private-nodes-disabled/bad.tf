resource "google_container_cluster" "public_nodes" { # expect: GCP041
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes = false # expect: GCP041
  }
}
