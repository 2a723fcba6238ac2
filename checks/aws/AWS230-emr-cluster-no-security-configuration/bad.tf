resource "aws_emr_cluster" "etl" { # expect: AWS230
  name          = "etl"
  release_label = "emr-7.1.0"
  service_role  = "EMR_DefaultRole"
  ec2_attributes {
    instance_profile = "EMR_EC2_DefaultRole"
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
