variable "project_id" {
  type = string
}

resource "google_project_iam_member" "kms_admin" {
  project = var.project_id
  role    = "roles/cloudkms.admin"
  member  = "group:security@acme.example" # expect: GCP165
}

resource "google_project_iam_member" "kms_user" {
  project = var.project_id
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "group:security@acme.example"
}

data "google_iam_policy" "keys" {
  binding {
    role    = "roles/cloudkms.admin"
    members = ["serviceAccount:keys@acme-prod.iam.gserviceaccount.com"] # expect: GCP165
  }

  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = ["serviceAccount:keys@acme-prod.iam.gserviceaccount.com"]
  }
}
