resource "aws_sagemaker_data_quality_job_definition" "orders" { # expect: AWS314
  name     = "orders-quality"
  role_arn = "arn:aws:iam::123456789012:role/sagemaker"
  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "orders"
    }
  }

data_quality_job_output_config {
  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
  monitoring_outputs {
    s3_output {
      s3_uri = "s3://corp-ml/quality"
    }
  }
}

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
    }
  }
}
