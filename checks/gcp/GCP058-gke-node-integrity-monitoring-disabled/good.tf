variable "monitoring" {
  type = bool
}

# On by default.
resource "google_container_node_pool" "default" {
  name    = "default"
  cluster = "prod"
}

resource "google_container_node_pool" "explicit" {
  name    = "batch"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "spot"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_integrity_monitoring = var.monitoring
    }
  }
}
