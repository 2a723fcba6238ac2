resource "aws_s3_bucket" "backups" {
  bucket              = "corp-backups"
  object_lock_enabled = true
}
