variable "member" {
  type = string
}

resource "google_project_iam_member" "kms_admin" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin"
  member  = "group:key-admins@acme.example"
}

resource "google_project_iam_member" "kms_user" {
  project = "acme-prod"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

# The same member in two different projects keeps the duties apart.
resource "google_project_iam_member" "admin_elsewhere" {
  project = "acme-security"
  role    = "roles/cloudkms.admin"
  member  = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_variable" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin"
  member  = var.member
}
