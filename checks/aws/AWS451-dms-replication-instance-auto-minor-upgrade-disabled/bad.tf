resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = false # expect: AWS451
}
