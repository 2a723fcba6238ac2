resource "aws_appflow_connector_profile" "crm" {
  name            = "crm"
  connector_type  = "Salesforce"
  connection_mode = "Public"
  kms_arn         = aws_kms_key.appflow.arn
  connector_profile_config {
    connector_profile_credentials {
      salesforce {
        access_token = var.crm_token
      }
    }
    connector_profile_properties {
      salesforce {
        instance_url = "https://corp.my.salesforce.com"
      }
    }
  }
}
