variable "remove_default_pool" {
  type = bool
}

resource "google_container_cluster" "prod" {
  name                     = "prod"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "default" {
  name       = "default"
  cluster    = google_container_cluster.prod.id
  node_count = 3
}

# A temporary first pool that is removed once the cluster exists.
resource "google_container_cluster" "bootstrap" {
  name                     = "stage"
  location                 = "europe-west1"
  remove_default_node_pool = true

  node_pool {
    name = "default-pool"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name                     = "dev"
  location                 = "europe-west1"
  remove_default_node_pool = var.remove_default_pool

  node_pool {
    name = "default-pool"
  }
}

# Terraform is told to leave the inline pools alone after creation.
resource "google_container_cluster" "ignored" {
  name     = "batch"
  location = "europe-west1"

  node_pool {
    name = "default-pool"
  }

  lifecycle {
    ignore_changes = [node_pool]
  }
}
