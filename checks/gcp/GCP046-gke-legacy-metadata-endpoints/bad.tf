resource "google_container_node_pool" "legacy" {
  name    = "default"
  cluster = "prod"

  node_config {
    machine_type = "e2-standard-4"

    metadata = {
      disable-legacy-endpoints = "false" # expect: GCP046
    }
  }
}
