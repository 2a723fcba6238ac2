resource "google_container_cluster" "pinned" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
  min_master_version = "1.30"

  release_channel {
    channel = "UNSPECIFIED" # expect: GCP053
  }
}
