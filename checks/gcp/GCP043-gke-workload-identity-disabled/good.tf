variable "project_id" {
  type = string
}

resource "google_container_cluster" "wi" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}
