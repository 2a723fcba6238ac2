resource "google_container_cluster" "inline" {
  name     = "prod"
  location = "europe-west1"

  node_pool { # expect: GCP062
    name       = "default"
    node_count = 3
  }
}
