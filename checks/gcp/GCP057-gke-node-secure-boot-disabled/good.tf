variable "secure_boot" {
  type = bool
}

resource "google_container_node_pool" "secure" {
  name    = "default"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}

# The default pool is removed; node pools are judged on their own.
resource "google_container_cluster" "no_default_pool" {
  name                     = "prod"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

# Autopilot manages node security itself.
resource "google_container_cluster" "autopilot" {
  name             = "auto"
  location         = "europe-west1"
  enable_autopilot = true
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "spot"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_secure_boot = var.secure_boot
    }
  }
}
