resource "google_container_node_pool" "pinned" {
  name    = "default"
  cluster = "prod"

  management {
    auto_repair = false # expect: GCP047
  }
}
