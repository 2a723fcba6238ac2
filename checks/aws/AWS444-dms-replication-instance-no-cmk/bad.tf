resource "aws_dms_replication_instance" "migrate" { # expect: AWS444
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = false
}
