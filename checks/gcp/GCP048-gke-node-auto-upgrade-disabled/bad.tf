resource "google_container_node_pool" "pinned" {
  name    = "default"
  cluster = "prod"

  management {
    auto_upgrade = false # expect: GCP048
  }
}
