resource "aws_kms_key" "app_data" { # expect: AWS009
  description             = "Encrypts the application's S3 objects"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "backups" {
  description              = "Backup vault key"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = false # expect: AWS009
}
