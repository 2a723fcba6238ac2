variable "node_sa" {
  type = string
}

resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_cluster" "prod" {
  name                     = "prod"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "dedicated" {
  name    = "default"
  cluster = google_container_cluster.prod.name

  node_config {
    service_account = "gke-nodes@my-project.iam.gserviceaccount.com"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "auto"
  location         = "europe-west1"
  enable_autopilot = true

  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = "gke-nodes@my-project.iam.gserviceaccount.com"
    }
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_resource" {
  name    = "batch"
  cluster = google_container_cluster.prod.name

  node_config {
    service_account = google_service_account.nodes.email
  }
}

resource "google_container_node_pool" "from_var" {
  name    = "spot"
  cluster = google_container_cluster.prod.name

  node_config {
    service_account = var.node_sa
  }
}
